using AzChina.Api.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace AzChina.Api.Tests.Hosting;

public sealed class AccountedOutputCacheStoreTests
{
    [Fact]
    public async Task LongKeysCountAgainstTheBudget()
    {
        const long budget = 1024 * 1024;
        using var store = new AccountedOutputCacheStore(Options.Create(new OutputCacheOptions { SizeLimit = budget }));
        var body = new byte[100];
        var hostSized = new string('h', 4096);

        for (var i = 0; i < 1000; i++)
            await store.SetAsync($"GET\u001eHTTP\u001e{hostSized}/search?q={i}", body, null, TimeSpan.FromMinutes(5), default);
        var kept = 0;
        for (var i = 0; i < 1000; i++)
            if (await store.GetAsync($"GET\u001eHTTP\u001e{hostSized}/search?q={i}", default) is not null) kept++;

        // Counted by body alone, all 1,000 entries (100 KB) would fit; each really holds over 8 KB.
        var cost = AccountedOutputCacheStore.Cost($"GET\u001eHTTP\u001e{hostSized}/search?q=999", body);
        Assert.True(cost > 8192 + body.Length);
        Assert.InRange(kept * cost, 1, budget);
    }
}
