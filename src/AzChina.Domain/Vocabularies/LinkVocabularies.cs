namespace AzChina.Domain.Vocabularies;

// The vocabularies of links between records (issue 13, items 2 and 3). Kept apart from Enums.cs: they
// are what a link means, not what a record is.

/// <summary>Whether an event took place, as its documents know it: held, planned (announced or expected), cancelled, or unknown.</summary>
public enum EventStatus { Held, Planned, Cancelled, Unknown }

/// <summary>
/// What an event was to an agreement: where it was signed, agreed (settled in principle), announced, expected
/// to be signed or launched, or negotiated. An agreement can name several events with different roles.
/// </summary>
public enum AgreementEventRole { SignedAt, AgreedAt, AnnouncedAt, ExpectedAt, NegotiatedAt }
