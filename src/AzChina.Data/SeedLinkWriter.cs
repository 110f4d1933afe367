using System.Data;
using AzChina.Domain.Seeds;
using Dapper;

namespace AzChina.Data;

/// <summary>The links a record has several of (db/0004_links.sql): an agreement's events, disputes, mentions, memberships.</summary>
internal static class SeedLinkWriter
{
    public static void Write(IDbConnection db, IDbTransaction tx, SeedDataset data)
    {
        db.Execute("""
            INSERT INTO agreement_events (agreement_id, event_id, role, position) VALUES (@AgreementId, @EventId, @Role, @Position)
            """, data.Agreements.SelectMany(a => (a.Events ?? []).Select((e, i) => new { AgreementId = a.Id, e.EventId, e.Role, Position = i })), tx);

        db.Execute("""
            INSERT INTO record_disputes (record_kind, record_id, position, disputed_by) VALUES (@Kind, @RecordId, @Position, @DisputedBy)
            """,
            Disputes("event", data.Events.Select(e => (e.Id, e.DisputedBy)))
                .Concat(Disputes("agreement", data.Agreements.Select(a => (a.Id, a.DisputedBy)))), tx);

        db.Execute("""
            INSERT INTO record_mentions (record_kind, record_id, position, actor_id, role) VALUES (@Kind, @RecordId, @Position, @ActorId, @Role)
            """,
            Mentions("event", data.Events.Select(e => (e.Id, e.Mentions)))
                .Concat(Mentions("agreement", data.Agreements.Select(a => (a.Id, a.Mentions))))
                .Concat(Mentions("claim", data.Claims.Select(c => (c.Id, c.Mentions)))), tx);

        db.Execute("""
            INSERT INTO actor_memberships (actor_id, organisation_id, position, role) VALUES (@ActorId, @OrganisationId, @Position, @Role)
            """, data.Actors.SelectMany(a => (a.MemberOf ?? []).Select((m, i) => new { ActorId = a.Id, OrganisationId = m.ActorId, Position = i, m.Role })), tx);
    }

    private static IEnumerable<object> Disputes(string kind, IEnumerable<(string? Id, IReadOnlyList<string?>? DisputedBy)> records) =>
        records.SelectMany(r => (r.DisputedBy ?? []).Select((by, i) => new { Kind = kind, RecordId = r.Id, Position = i, DisputedBy = by }));

    private static IEnumerable<object> Mentions(string kind, IEnumerable<(string? Id, IReadOnlyList<SeedActorRole>? Mentions)> records) =>
        records.SelectMany(r => (r.Mentions ?? []).Select((m, i) => new { Kind = kind, RecordId = r.Id, Position = i, m.ActorId, m.Role }));
}
