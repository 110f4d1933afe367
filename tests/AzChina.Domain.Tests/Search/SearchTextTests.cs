using AzChina.Domain.Search;

namespace AzChina.Domain.Tests.Search;

public class SearchTextTests
{
    [Theory]
    [InlineData("Əliyev", "aliyev")]
    [InlineData("İlham ƏLİYEV", "ilham aliyev")]
    [InlineData("Şahin Mustafayev", "sahin mustafayev")]
    [InlineData("Azərbaycan Respublikası", "azarbaycan respublikasi")]
    [InlineData("Qarayev, Ağşin", "qarayev, agsin")]
    [InlineData("习近平", "习近平")]
    [InlineData("Cafe\u0301 ﬁnance", "cafe finance")]
    [InlineData("Ağdam 🌍 Şuşa", "agdam 🌍 susa")]
    [InlineData("Москва Ёлка", "москва елка")]
    public void FoldsCaseDiacriticsAndAzerbaijaniLetters(string text, string folded)
    {
        Assert.Equal(folded, SearchText.Fold(text));
    }

    [Theory]
    [InlineData("China", "china")]
    [InlineData("  CHINA*! ", "china")]
    [InlineData("Qarayev, Ağşin", "qarayev agsin")]
    [InlineData("***", "")]
    public void FoldWordsKeepsOnlyTheFoldedWords(string text, string words)
    {
        Assert.Equal(words, SearchText.FoldWords(text));
    }

    [Theory]
    [InlineData("Aliyev", "\"aliyev\"*")]
    [InlineData("Əliyev Xi", "\"aliyev\" \"xi\"*")]
    [InlineData("\"unterminated", "\"unterminated\"*")]
    [InlineData("NEAR(", "\"near\"*")]
    [InlineData("trade OR growth", "\"trade\" \"or\" \"growth\"*")]
    [InlineData("title:china", "\"title\" \"china\"*")]
    [InlineData("3.7 billion", "\"3\" \"7\" \"billion\"*")]
    public void QuotesEveryWordSoFtsSyntaxIsSearchedAsWords(string query, string expression)
    {
        Assert.Equal(expression, SearchText.ToMatchExpression(query));
    }

    [Theory]
    [InlineData("*")]
    [InlineData("\"\"")]
    [InlineData("  ( ) - ")]
    [InlineData("")]
    public void InputWithoutWordsHasNoExpression(string query)
    {
        Assert.Null(SearchText.ToMatchExpression(query));
    }

    [Fact]
    public void SnippetShowsTheTextAroundTheFirstMatchInItsOriginalSpelling()
    {
        var text = string.Join(" ", Enumerable.Repeat("filler", 40)) + " President İlham Əliyev met Li Qiang in Beijing. " + string.Join(" ", Enumerable.Repeat("more", 40));

        var snippet = SearchText.Snippet(text, "aliyev", 80);

        Assert.Contains("İlham Əliyev met Li Qiang", snippet);
        Assert.StartsWith("…", snippet);
        Assert.EndsWith("…", snippet);
        Assert.True(snippet.Length <= 82);
    }

    [Fact]
    public void SnippetOfTextWithCharactersOutsideTheBasicPlaneFindsTheWord()
    {
        Assert.Equal("Baku 🌍 Şuşa summit", SearchText.Snippet("Baku 🌍 Şuşa summit", "susa"));
        Assert.Equal("🌍 Şuşa", SearchText.Snippet("🌍 Şuşa", "baku"));
    }

    [Fact]
    public void SnippetOfShortTextIsTheWholeText()
    {
        Assert.Equal("Xi Jinping", SearchText.Snippet("Xi Jinping", "xi"));
    }

    [Fact]
    public void SnippetLooksForWordStartsNotPartsOfWords()
    {
        var text = "The Republic of China's State Council. " + string.Join(" ", Enumerable.Repeat("filler", 30)) + " Premier Li Qiang spoke.";

        Assert.Contains("Li Qiang", SearchText.Snippet(text, "li", 60));
    }

    [Fact]
    public void SnippetIsWhereTheFirstWordOfTheQueryOccursFoldedWhateverTheTextAndQuery()
    {
        // The snippet scans for the first word that begins with a query word, folding as it goes; it was found by
        // folding the whole text and taking the earliest word start of each query word's occurrences (Reference).
        var texts = new[]
        {
            "President İlham Əliyev met Li Qiang in Beijing; the Republic of China's State Council welcomed ƏLİYEV.",
            "Baku 🌍 Şuşa summit: Xi Jinping and Aliyev signed the Middle Corridor memorandum (corridors, corridor-wide).",
            string.Join(" ", Enumerable.Repeat("filler words here", 30)) + " Qiang and Li, then li-qiang and Lİ QİANG. " + string.Join(" ", Enumerable.Repeat("more", 40)),
            "ǅungla ﬁsh Straße ıslam Ümid 2025-04-23 №5 ½ x²",
            "",
        };
        var queries = new[] { "li", "qiang", "Li Qiang", "aliyev", "ƏLİYEV xi", "corr", "corridor", "susa", "baku", "fish", "fi", "strasse", "islam",
            "umid", "2025", "5", "x", "republic", "nothing here", "the", "e" };
        foreach (var text in texts)
            foreach (var query in queries)
                foreach (var width in new[] { 20, 60, 160 })
                    Assert.True(Reference(text, query, width) == SearchText.Snippet(text, query, width), $"{query} / {width} in {text}");
    }

    private static string Reference(string text, string query, int width)
    {
        var words = SearchText.QueryWords(query);
        var folded = string.Concat(text.Select(c => !char.IsSurrogate(c) && SearchText.Fold(c.ToString()) is { Length: 1 } f ? f : c.ToString()));
        var hit = words.Select(w => FirstWordStart(folded, w)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        var start = Math.Max(0, Math.Min(hit - width / 3, text.Length - width));
        var end = Math.Min(text.Length, start + width);
        if (start > 0 && text.IndexOf(' ', start) is var s && s >= 0 && s < hit) start = s + 1;
        if (end < text.Length && text.LastIndexOf(' ', end) is var e && e > Math.Max(hit, start)) end = e;
        return (start > 0 ? "…" : "") + text[start..end].Trim() + (end < text.Length ? "…" : "");
    }

    private static int FirstWordStart(string folded, string word)
    {
        for (var i = folded.IndexOf(word, StringComparison.Ordinal); i >= 0; i = folded.IndexOf(word, i + 1, StringComparison.Ordinal))
            if (i == 0 || !(char.IsLetter(folded[i - 1]) || char.IsNumber(folded[i - 1]))) return i;
        return -1;
    }
}
