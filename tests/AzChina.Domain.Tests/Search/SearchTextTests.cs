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
}
