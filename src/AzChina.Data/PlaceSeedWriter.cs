using System.Data;
using AzChina.Domain.Projects;
using AzChina.Domain.Seeds;
using AzChina.Domain.Time;
using AzChina.Domain.Vocabularies;
using Dapper;

namespace AzChina.Data;

/// <summary>Places, projects, initiatives and the places other records link (db/0005_places.sql), after every record they refer to.</summary>
internal static class PlaceSeedWriter
{
    public static void Write(IDbConnection db, IDbTransaction tx, SeedDataset data)
    {
        var places = data.Places ?? [];
        var projects = data.Projects ?? [];
        var initiatives = data.Initiatives ?? [];
        var publishedOn = data.Sources.Where(s => s.Id is not null && s.PublishedOn is not null)
            .ToDictionary(s => s.Id!, s => s.PublishedOn!, StringComparer.Ordinal);

        db.Execute("""
            INSERT INTO places (id, name, kind, country, parent_id, parent_basis, parent_note, note)
            VALUES (@Id, @Name, @Kind, @Country, @Parent, @ParentBasis, @ParentNote, @Note)
            """, places, tx);
        db.Execute("""
            INSERT INTO projects (id, title, kind, sector, summary, place_note) VALUES (@Id, @Title, @Kind, @Sector, @Summary, @PlaceNote)
            """, projects, tx);
        db.Execute("""
            INSERT INTO initiatives (id, name, kind, summary, alias_note) VALUES (@Id, @Name, @Kind, @Summary, @AliasNote)
            """, initiatives, tx);

        db.Execute("""
            INSERT INTO record_aliases (record_kind, record_id, position, alias) VALUES (@Kind, @RecordId, @Position, @Alias)
            """,
            Aliases("place", places.Select(p => (p.Id, p.Aliases)))
                .Concat(Aliases("project", projects.Select(p => (p.Id, p.Aliases))))
                .Concat(Aliases("initiative", initiatives.Select(i => (i.Id, i.Aliases)))), tx);

        db.Execute("""
            INSERT INTO record_places (record_kind, record_id, position, place_id, role, basis, note)
            VALUES (@Kind, @RecordId, @Position, @PlaceId, @Role, @Basis, @Note)
            """,
            PlaceLinks("event", data.Events.Select(e => (e.Id, e.Places)))
                .Concat(PlaceLinks("claim", data.Claims.Select(c => (c.Id, c.Places))))
                .Concat(PlaceLinks("project", projects.Select(p => (p.Id, p.Places))))
                .Concat(PlaceLinks("initiative", initiatives.Select(i => (i.Id, i.Places)))), tx);

        db.Execute("""
            INSERT INTO project_statuses (project_id, position, status, date_edtf, date_kind, date_known, date_basis, date_start,
                date_start_precision, date_end, date_end_precision, earliest_day, latest_day, certain_first, certain_last,
                known_on, order_first, order_last, asserted_by, note)
            VALUES (@ProjectId, @Position, @Status, @Edtf, @Kind, @Known, @Basis, @Start, @StartPrecision, @End, @EndPrecision,
                @EarliestDay, @LatestDay, @CertainFirst, @CertainLast, @KnownOn, @OrderFirst, @OrderLast, @AssertedBy, @Note)
            """, projects.SelectMany(p => (p.Status ?? []).Select((s, i) => StatusRow(p.Id!, i, s, publishedOn))), tx);
        db.Execute("""
            INSERT INTO project_actors (project_id, position, actor_id, role) VALUES (@ProjectId, @Position, @ActorId, @Role)
            """, projects.SelectMany(p => (p.Actors ?? []).Select((a, i) => new { ProjectId = p.Id, Position = i, a.ActorId, a.Role })), tx);
        db.Execute("""
            INSERT INTO record_events (record_kind, record_id, position, event_id, role) VALUES (@Kind, @RecordId, @Position, @EventId, @Role)
            """,
            projects.SelectMany(p => (p.Events ?? []).Select((e, i) => new { Kind = "project", RecordId = p.Id, Position = i, e.EventId, e.Role }))
                .Concat(initiatives.SelectMany(n => (n.Events ?? []).Select((e, i) => new { Kind = "initiative", RecordId = n.Id, Position = i, e.EventId, e.Role }))), tx);
        db.Execute("""
            INSERT INTO project_agreements (project_id, position, agreement_id, role) VALUES (@ProjectId, @Position, @AgreementId, @Role)
            """, projects.SelectMany(p => (p.Agreements ?? []).Select((a, i) => new { ProjectId = p.Id, Position = i, a.AgreementId, a.Role })), tx);
        db.Execute("""
            INSERT INTO record_claims (record_kind, record_id, position, claim_id) VALUES (@Kind, @RecordId, @Position, @ClaimId)
            """,
            projects.SelectMany(p => (p.Claims ?? []).Select((c, i) => new { Kind = "project", RecordId = p.Id, Position = i, ClaimId = c }))
                .Concat(initiatives.SelectMany(n => (n.Claims ?? []).Select((c, i) => new { Kind = "initiative", RecordId = n.Id, Position = i, ClaimId = c }))), tx);
        db.Execute("""
            INSERT INTO project_initiatives (project_id, position, initiative_id) VALUES (@ProjectId, @Position, @InitiativeId)
            """, projects.SelectMany(p => (p.Initiatives ?? []).Select((n, i) => new { ProjectId = p.Id, Position = i, InitiativeId = n })), tx);
        db.Execute("""
            INSERT INTO initiative_metrics (initiative_id, position, metric) VALUES (@InitiativeId, @Position, @Metric)
            """, initiatives.SelectMany(n => (n.Metrics ?? []).Select((m, i) => new { InitiativeId = n.Id, Position = i, Metric = m })), tx);
        db.Execute("""
            INSERT INTO initiative_framings (initiative_id, framing_id, position, side, framed_by, event_id, assertion, summary)
            VALUES (@InitiativeId, @FramingId, @Position, @Side, @FramedBy, @EventId, @Assertion, @Summary)
            """, initiatives.SelectMany(n => (n.Framings ?? []).Select((f, i) => new
            {
                InitiativeId = n.Id, FramingId = f.Id, Position = i, f.Side, f.FramedBy, f.EventId, f.Assertion, f.Summary,
            })), tx);
        db.Execute("""
            INSERT INTO framing_disputes (initiative_id, framing_id, position, disputed_by) VALUES (@InitiativeId, @FramingId, @Position, @DisputedBy)
            """, initiatives.SelectMany(n => (n.Framings ?? []).SelectMany(f => (f.DisputedBy ?? []).Select((d, i) => new
            {
                InitiativeId = n.Id, FramingId = f.Id, Position = i, DisputedBy = d,
            }))), tx);
    }

    /// <summary>The evidence of places, projects, their statuses, initiatives and framings, for the evidence table.</summary>
    public static IEnumerable<(string Kind, string? RecordId, IReadOnlyList<SeedEvidence>? Evidence)> Evidence(SeedDataset data) =>
        (data.Places ?? []).Select(p => ("place", p.Id, p.Evidence))
            .Concat((data.Projects ?? []).Select(p => ("project", p.Id, p.Evidence)))
            .Concat((data.Projects ?? []).SelectMany(p => (p.Status ?? []).Select((s, i) => ("project_status", (string?)StatusRecordId(p.Id!, i), s.Evidence))))
            .Concat((data.Initiatives ?? []).Select(n => ("initiative", n.Id, n.Evidence)))
            .Concat((data.Initiatives ?? []).SelectMany(n => (n.Framings ?? []).Select(f => ("framing", (string?)FramingRecordId(n.Id!, f.Id!), f.Evidence))));

    public static string StatusRecordId(string projectId, int position) => $"{projectId}:{position}";

    public static string FramingRecordId(string initiativeId, string framingId) => $"{initiativeId}:{framingId}";

    private static object StatusRow(string projectId, int position, SeedProjectStatus s, IReadOnlyDictionary<string, string> publishedOn)
    {
        var date = SeedTimes.Date(s.Date);
        var columns = DateColumns.For(date);
        // Known from the first day one of its sources published it.
        var knownOn = DateOnly.Parse(s.Evidence!.Select(e => publishedOn[e.SourceId!]).Min(StringComparer.Ordinal)!, System.Globalization.CultureInfo.InvariantCulture);
        var order = StatusTimeline.OrderKey(new StatusEntry(Vocabulary<ProjectStatus>.Parse(s.Status!), date.Date, knownOn));
        return new
        {
            ProjectId = projectId, Position = position, s.Status, columns.Edtf, columns.Kind, columns.Known, columns.Basis,
            columns.Start, columns.StartPrecision, columns.End, columns.EndPrecision, columns.EarliestDay, columns.LatestDay,
            columns.CertainFirst, columns.CertainLast, KnownOn = Iso(knownOn), OrderFirst = Iso(order.First), OrderLast = Iso(order.Last),
            s.AssertedBy, s.Note,
        };
    }

    private static IEnumerable<object> Aliases(string kind, IEnumerable<(string? Id, IReadOnlyList<string?>? Aliases)> records) =>
        records.SelectMany(r => (r.Aliases ?? []).Select((alias, i) => new { Kind = kind, RecordId = r.Id, Position = i, Alias = alias }));

    private static IEnumerable<object> PlaceLinks(string kind, IEnumerable<(string? Id, IReadOnlyList<SeedPlaceLink>? Places)> records) =>
        records.SelectMany(r => (r.Places ?? []).Select((p, i) => new { Kind = kind, RecordId = r.Id, Position = i, p.PlaceId, p.Role, p.Basis, p.Note }));

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
