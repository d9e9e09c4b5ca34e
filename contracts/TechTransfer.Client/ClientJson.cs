using System.Text.Json;
using System.Text.Json.Serialization;

namespace TechTransfer.Client;

/// <summary>The services' JSON: camelCase properties, enums by name (as the services write them), decimals as numbers.</summary>
public static class ClientJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
