using System.Text.Json.Serialization;

namespace AzChina.Domain.Vocabularies;

// Members are PascalCase here and snake_case on the wire (see Vocabulary<T>).

public enum ActorKind { Country, Person, GovernmentBody, Organization, InternationalOrganization, Company, Media, University, Foundation, Association, Infrastructure }

public enum EventType
{
    Meeting, StateVisit, OfficialVisit, Visit, Summit, CommissionSession, Interview, Statement, Announcement, Signing,
    EstablishmentOfRelations, Congratulation, MediaReport, Denial, Analysis, Founding, PolicyDecision, Other,
    Invitation, ProjectLaunch,
}

public enum Topic
{
    Trade, Investment, Energy, OilAndGas, GreenEnergy, Transport, Logistics, Connectivity, Infrastructure, Agriculture,
    Sericulture, Industry, Technology, Digital, Space, Science, Education, Culture, Humanitarian, Demining, Tourism, Visas,
    Media, Diplomacy, Security, Sovereignty, Multilateral, Healthcare, Finance, PostConflictRecovery,
}

public enum AgreementKind { Declaration, Agreement, Protocol, Memorandum, Contract, JointProject, Program, Other }

/// <summary>Signed is done; agreed is settled in principle; anticipated and announced are not yet signed.</summary>
public enum AgreementStatus { Signed, Agreed, Anticipated, Announced }

/// <summary>How a source presents a record: as fact, as a named actor's claim, or as a claim another record refutes.</summary>
public enum Assertion { Reported, Claimed, Disputed }

public enum Unit
{
    [JsonStringEnumMemberName("USD")] Usd,
    Percent,
    Count,
    Km,
    Rank,
}

/// <summary>The hedge a source puts on a figure: "nearly 40%" is nearly, 40; "over $1 billion" is over, 1000000000.</summary>
public enum Qualifier { Exact, Approximately, Over, AtLeast, Nearly, Under, UpTo }

public enum DatePrecision { Day, Month, Year }

/// <summary>The kinds of record the API serves, as full-text search names them.</summary>
public enum RecordKind { Event, Agreement, Actor, Source, Metric, Place, Project, Initiative }
