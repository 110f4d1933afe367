using System.Text.Json;
using System.Text.Json.Serialization;

namespace AzChina.Client;

public partial class AzChinaClient
{
    // The API writes every vocabulary as a string, also inside lists (an event's topics); NSwag puts
    // string-enum converters on single enum properties only, so add one for all of them.
    static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings) =>
        settings.Converters.Add(new JsonStringEnumConverter());
}
