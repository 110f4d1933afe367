namespace AzChina.Domain.Vocabularies;

// The vocabularies of places, projects and initiatives (issue 14). A kind says no more than the documents:
// `place` is a place they name without saying what kind it is (Khojaly, Karabakh, Astana).

/// <summary>What a place is, as the documents give it; <c>place</c> when they name it without saying.</summary>
public enum PlaceKind { Country, Region, City, Territory, Exclave, Port, Sea, Place }

/// <summary>
/// What a place is to a record: where an event was held, where a project is or goes on (site), a place a
/// route runs through or to (route, destination), the area a figure is about (scope), or a place it names (mentioned).
/// </summary>
public enum PlaceRole { HeldIn, Site, Route, Destination, Scope, Mentioned }

/// <summary>
/// A project's status, after AidData's lifecycle (pledge, commitment, implementation, completion, suspended,
/// cancelled) with <c>announced</c> for a project made public as going ahead without a documented commitment
/// (the BYD project, "will be launched"). <c>completed</c> means built, created or established: the documents
/// say it exists or operates.
/// </summary>
public enum ProjectStatus { Pledged, Committed, Announced, InImplementation, Completed, Suspended, Cancelled }

/// <summary>What kind of undertaking a project is.</summary>
public enum ProjectKind { JointProject, TradingHouse, Construction, Manufacturing, Investment }

/// <summary>What an actor is to a project: financier, builder, operator, partner, host (a platform or country it sits on), owner, supporter, or the announcer of it.</summary>
public enum ProjectActorRole { Financier, Builder, Operator, Partner, Host, Owner, Supporter, Announcer }

/// <summary>What an event is to a project or an initiative: where it was announced or agreed, where its launch was expected, where it was discussed, described, or what the event was about.</summary>
public enum RecordEventRole { AnnouncedAt, AgreedAt, LaunchExpectedAt, DiscussedAt, DescribedAt, SubjectOf }

/// <summary>What an agreement is to a project: the agreement created it, or concerns it.</summary>
public enum ProjectAgreementRole { CreatedBy, Concerns }

/// <summary>What an initiative is: a programme (the Belt and Road initiative), a transport corridor, or a railway.</summary>
public enum InitiativeKind { Initiative, Corridor, Railway }
