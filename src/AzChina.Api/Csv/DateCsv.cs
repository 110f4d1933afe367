using AzChina.Api.Shared;

namespace AzChina.Api.Csv;

/// <summary>A date, period or span as flat CSV columns, named after its JSON path (date.edtf is dateEdtf).</summary>
internal static class DateCsv
{
    public static (string Header, Func<T, object?> Value)[] Columns<T>(Func<T, DateDetail> date) =>
    [
        ("dateEdtf", r => date(r).Edtf), ("dateKind", r => date(r).Kind), ("dateKnown", r => date(r).Known), ("dateBasis", r => date(r).Basis),
        ("dateStart", r => date(r).Start), ("dateStartPrecision", r => date(r).StartPrecision),
        ("dateEnd", r => date(r).End), ("dateEndPrecision", r => date(r).EndPrecision),
    ];
}
