using System.Data;
using AzChina.Domain.Seeds;
using AzChina.Domain.Time;
using AzChina.Domain.Vocabularies;
using Dapper;

namespace AzChina.Data;

/// <summary>Inserts a validated seed dataset into a freshly migrated database, in one transaction.</summary>
public static class SeedWriter
{
    private static readonly string Reported = Vocabulary<Assertion>.Name(Assertion.Reported);

    public static void Write(IDbConnection db, IDbTransaction tx, SeedDataset data)
    {
        // Records link both ways and within their own table (a source's outlet is an actor, an event is part
        // of another event): the keys are checked when the transaction commits, not row by row.
        db.Execute("PRAGMA defer_foreign_keys = ON", transaction: tx);
        db.Execute("""
            INSERT INTO sources (id, document, outlet, title, author, published_on, published_on_estimated, note, outlet_id, author_id)
            VALUES (@Id, @Document, @Outlet, @Title, @Author, @PublishedOn, @PublishedOnEstimated, @Note, @OutletId, @AuthorId)
            """, data.Sources, tx);

        db.Execute("""
            INSERT INTO actors (id, name, kind, country, role)
            VALUES (@Id, @Name, @Kind, @Country, @Role)
            """, data.Actors, tx);
        db.Execute("""
            INSERT INTO actor_aliases (actor_id, position, alias) VALUES (@ActorId, @Position, @Alias)
            """, data.Actors.SelectMany(a => (a.Aliases ?? []).Select((alias, i) => new { ActorId = a.Id, Position = i, Alias = alias })), tx);

        db.Execute("""
            INSERT INTO events (id, date_start, date_end, date_precision, date_inferred, date_note, type, title, summary,
                                location, location_country, assertion, asserted_by, status, part_of, speaker, location_basis, location_note)
            VALUES (@Id, @DateStart, @DateEnd, @DatePrecision, @DateInferred, @DateNote, @Type, @Title, @Summary,
                    @Location, @LocationCountry, @Assertion, @AssertedBy, @Status, @PartOf, @Speaker, @LocationBasis, @LocationNote)
            """, data.Events.Select(e => (Event: e, Date: Dates(e.Date)!.Value)).Select(x => new
            {
                x.Event.Id, DateStart = x.Date.Start, DateEnd = x.Date.End, DatePrecision = x.Date.Precision,
                x.Event.DateInferred, x.Event.DateNote, x.Event.Type, x.Event.Title, x.Event.Summary, x.Event.Location,
                x.Event.LocationCountry, Assertion = x.Event.Assertion ?? Reported, x.Event.AssertedBy, x.Event.Status, x.Event.PartOf,
                x.Event.Speaker, x.Event.LocationBasis, x.Event.LocationNote,
            }), tx);
        db.Execute("""
            INSERT INTO event_type_terms (event_id, position, type, term, source_id) VALUES (@EventId, @Position, @Type, @Term, @SourceId)
            """, data.Events.SelectMany(e => (e.TypeTerms ?? []).Select((t, i) => new { EventId = e.Id, Position = i, t.Type, t.Term, t.SourceId })), tx);
        db.Execute("""
            INSERT INTO event_participants (event_id, actor_id, position, role) VALUES (@EventId, @ActorId, @Position, @Role)
            """, data.Events.SelectMany(e => (e.Participants ?? []).Select((p, i) => new { EventId = e.Id, p.ActorId, Position = i, p.Role })), tx);
        db.Execute("""
            INSERT INTO event_topics (event_id, topic) VALUES (@EventId, @Topic)
            """, data.Events.SelectMany(e => (e.Topics ?? []).Distinct().Select(t => new { EventId = e.Id, Topic = t })), tx);

        db.Execute("""
            INSERT INTO agreements (id, title, kind, status, date_start, date_end, date_precision, date_inferred, date_note,
                                    location, location_country, summary, assertion, asserted_by, location_basis, location_note)
            VALUES (@Id, @Title, @Kind, @Status, @DateStart, @DateEnd, @DatePrecision, @DateInferred, @DateNote,
                    @Location, @LocationCountry, @Summary, @Assertion, @AssertedBy, @LocationBasis, @LocationNote)
            """, data.Agreements.Select(a => new
            {
                a.Id, a.Title, a.Kind, a.Status, DateStart = Dates(a.Date)?.Start, DateEnd = Dates(a.Date)?.End,
                DatePrecision = Dates(a.Date)?.Precision, a.DateInferred, a.DateNote, a.Location, a.LocationCountry,
                a.Summary, Assertion = a.Assertion ?? Reported, a.AssertedBy, a.LocationBasis, a.LocationNote,
            }), tx);
        db.Execute("""
            INSERT INTO agreement_parties (agreement_id, actor_id, position) VALUES (@AgreementId, @ActorId, @Position)
            """, data.Agreements.SelectMany(a => (a.Parties ?? []).Select((p, i) => new { AgreementId = a.Id, ActorId = p, Position = i })), tx);

        db.Execute("""
            INSERT INTO metrics (name, label, unit, description, direction, reporter, partner)
            VALUES (@Name, @Label, @Unit, @Description, @Direction, @Reporter, @Partner)
            """, data.Metrics, tx);
        db.Execute("""
            INSERT INTO claims (id, metric, period, period_start, period_end, period_inferred, reporter, partner, subject,
                                value, qualifier, stated, asserted_by, note, source_id, stated_at)
            VALUES (@Id, @Metric, @Period, @PeriodStart, @PeriodEnd, @PeriodInferred, @Reporter, @Partner, @Subject,
                    @Value, @Qualifier, @Stated, @AssertedBy, @Note, @SourceId, @StatedAt)
            """, data.Claims.Select(c => new
            {
                c.Id, c.Metric, c.Period, PeriodStart = Iso(Period.Parse(c.Period!).Start), PeriodEnd = Iso(Period.Parse(c.Period!).End),
                c.PeriodInferred, c.Reporter, c.Partner, c.Subject, c.Value, c.Qualifier, c.Stated, c.AssertedBy, c.Note,
                c.Evidence![0].SourceId, c.StatedAt,
            }), tx);

        SeedLinkWriter.Write(db, tx, data);
        PlaceSeedWriter.Write(db, tx, data);

        db.Execute("""
            INSERT INTO evidence (record_kind, record_id, position, source_id, quote, speaker)
            VALUES (@Kind, @RecordId, @Position, @SourceId, @Quote, @Speaker)
            """,
            Evidence("actor", data.Actors.Select(a => (a.Id, a.Evidence)))
                .Concat(Evidence("event", data.Events.Select(e => (e.Id, e.Evidence))))
                .Concat(Evidence("agreement", data.Agreements.Select(a => (a.Id, a.Evidence))))
                .Concat(Evidence("claim", data.Claims.Select(c => (c.Id, c.Evidence))))
                .Concat(PlaceSeedWriter.Evidence(data).GroupBy(r => r.Kind).SelectMany(g => Evidence(g.Key, g.Select(r => (r.RecordId, r.Evidence))))), tx);
    }

    private static IEnumerable<object> Evidence(string kind, IEnumerable<(string? Id, IReadOnlyList<SeedEvidence>? Evidence)> records) =>
        records.SelectMany(r => r.Evidence!.Select((e, i) => new { Kind = kind, RecordId = r.Id, Position = i, e.SourceId, Quote = Quote.NormalizeWhitespace(e.Quote!), e.Speaker }));

    private static (string Start, string End, string Precision)? Dates(string? text) =>
        PartialDate.TryParse(text, out var d) ? (Iso(d.Start), Iso(d.End), Vocabulary<DatePrecision>.Name(d.Precision)) : null;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
