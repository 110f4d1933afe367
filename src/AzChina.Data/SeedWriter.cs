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

        db.Execute($"""
            INSERT INTO events (id, {DateColumnNames}, date_note, type, title, summary,
                                location, location_country, assertion, asserted_by, status, part_of, speaker, location_basis, location_note)
            VALUES (@Id, {DateParameters}, @DateNote, @Type, @Title, @Summary,
                    @Location, @LocationCountry, @Assertion, @AssertedBy, @Status, @PartOf, @Speaker, @LocationBasis, @LocationNote)
            """, data.Events.Select(e => WithDate(new
            {
                e.Id, e.DateNote, e.Type, e.Title, e.Summary, e.Location, e.LocationCountry, Assertion = e.Assertion ?? Reported, e.AssertedBy,
                e.Status, e.PartOf, e.Speaker, e.LocationBasis, e.LocationNote,
            }, e.Date)), tx);
        db.Execute("""
            INSERT INTO event_type_terms (event_id, position, type, term, source_id) VALUES (@EventId, @Position, @Type, @Term, @SourceId)
            """, data.Events.SelectMany(e => (e.TypeTerms ?? []).Select((t, i) => new { EventId = e.Id, Position = i, t.Type, t.Term, t.SourceId })), tx);
        db.Execute("""
            INSERT INTO event_participants (event_id, actor_id, position, role) VALUES (@EventId, @ActorId, @Position, @Role)
            """, data.Events.SelectMany(e => (e.Participants ?? []).Select((p, i) => new { EventId = e.Id, p.ActorId, Position = i, p.Role })), tx);
        db.Execute("""
            INSERT INTO event_topics (event_id, topic) VALUES (@EventId, @Topic)
            """, data.Events.SelectMany(e => (e.Topics ?? []).Distinct().Select(t => new { EventId = e.Id, Topic = t })), tx);

        db.Execute($"""
            INSERT INTO agreements (id, title, kind, status, {DateColumnNames}, date_note,
                                    location, location_country, summary, assertion, asserted_by, location_basis, location_note)
            VALUES (@Id, @Title, @Kind, @Status, {DateParameters}, @DateNote,
                    @Location, @LocationCountry, @Summary, @Assertion, @AssertedBy, @LocationBasis, @LocationNote)
            """, data.Agreements.Select(a => WithDate(new
            {
                a.Id, a.Title, a.Kind, a.Status, a.DateNote, a.Location, a.LocationCountry, a.Summary,
                Assertion = a.Assertion ?? Reported, a.AssertedBy, a.LocationBasis, a.LocationNote,
            }, a.Date)), tx);
        db.Execute("""
            INSERT INTO agreement_parties (agreement_id, actor_id, position) VALUES (@AgreementId, @ActorId, @Position)
            """, data.Agreements.SelectMany(a => (a.Parties ?? []).Select((p, i) => new { AgreementId = a.Id, ActorId = p, Position = i })), tx);

        db.Execute("""
            INSERT INTO metrics (name, label, unit, description, direction, reporter, partner)
            VALUES (@Name, @Label, @Unit, @Description, @Direction, @Reporter, @Partner)
            """, data.Metrics, tx);
        db.Execute("""
            INSERT INTO claims (id, metric, period, period_start, period_end, period_known, period_basis,
                                span_edtf, span_known, span_basis, span_start, span_start_precision, span_end, span_end_precision,
                                reporter, partner, subject, value, qualifier, stated, asserted_by, note, source_id, stated_at)
            VALUES (@Id, @Metric, @Period, @PeriodStart, @PeriodEnd, @PeriodKnown, @PeriodBasis,
                    @SpanEdtf, @SpanKnown, @SpanBasis, @SpanStart, @SpanStartPrecision, @SpanEnd, @SpanEndPrecision,
                    @Reporter, @Partner, @Subject, @Value, @Qualifier, @Stated, @AssertedBy, @Note, @SourceId, @StatedAt)
            """, data.Claims.Select(c => (Claim: c, Period: SeedTimes.Period(c.Period))).Select(x => (x.Claim, x.Period, Span: SeedTimes.Span(x.Claim.Span, x.Period))).Select(x => new
            {
                x.Claim.Id, x.Claim.Metric, Period = x.Period.Period?.Text, PeriodStart = IsoDates.Format(x.Period.Period?.Start),
                PeriodEnd = IsoDates.Format(x.Period.Period?.End), PeriodKnown = Vocabulary<DateKnowledge>.Name(x.Period.Known),
                PeriodBasis = x.Period.Basis, SpanEdtf = x.Span?.Edtf, SpanKnown = x.Span is { } s ? Vocabulary<DateKnowledge>.Name(s.Known) : null,
                SpanBasis = x.Span?.Basis, SpanStart = IsoDates.Format(x.Span?.Since?.Start), SpanStartPrecision = DateColumns.Precision(x.Span?.Since),
                SpanEnd = IsoDates.Format(x.Span?.AsOf.Start), SpanEndPrecision = DateColumns.Precision(x.Span?.AsOf),
                x.Claim.Reporter, x.Claim.Partner, x.Claim.Subject, x.Claim.Value, x.Claim.Qualifier, x.Claim.Stated,
                x.Claim.AssertedBy, x.Claim.Note, x.Claim.Evidence![0].SourceId, x.Claim.StatedAt,
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

    internal const string DateColumnNames = """
        date_edtf, date_kind, date_known, date_basis, date_start, date_start_precision, date_end, date_end_precision,
        earliest_day, latest_day, certain_first, certain_last, sort_asc, sort_desc
        """;

    internal const string DateParameters = """
        @DateEdtf, @DateKind, @DateKnown, @DateBasis, @DateStart, @DateStartPrecision, @DateEnd, @DateEndPrecision,
        @EarliestDay, @LatestDay, @CertainFirst, @CertainLast, @SortAsc, @SortDesc
        """;

    /// <summary>A record's parameters and its date's columns (<see cref="DateParameters"/>).</summary>
    internal static DynamicParameters WithDate(object record, SeedDate? date) => WithDate(record, Columns(date));

    internal static DynamicParameters WithDate(object record, DateColumns d)
    {
        var parameters = new DynamicParameters(record);
        parameters.AddDynamicParams(new
        {
            DateEdtf = d.Edtf, DateKind = d.Kind, DateKnown = d.Known, DateBasis = d.Basis, DateStart = d.Start,
            DateStartPrecision = d.StartPrecision, DateEnd = d.End, DateEndPrecision = d.EndPrecision, d.EarliestDay, d.LatestDay,
            d.CertainFirst, d.CertainLast, d.SortAsc, d.SortDesc,
        });
        return parameters;
    }

    // The seeds were validated (SeedValidator); SeedTimes builds their times by the validator's own rules.
    private static DateColumns Columns(SeedDate? date) => DateColumns.For(SeedTimes.Date(date));

}
