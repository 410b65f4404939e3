namespace Comptoir.Web.Features.MassActions;

/// <summary>What a mass action did: « N modifiés, M refusés » and each refusal's reason.</summary>
public sealed class MassReport
{
    public int Done { get; set; }
    public int Refused { get; set; }
    public List<MassRefusal> Refusals { get; } = [];

    /// <summary>The count's name in the API: « updated » or « deleted ».</summary>
    public static string DoneKey(MassKind kind) => kind == MassKind.Update ? "updated" : "deleted";

    public void Add(MassRefusal? refusal)
    {
        if (refusal is null) Done++;
        else
        {
            Refused++;
            Refusals.Add(refusal);
        }
    }

    public JsonObject ToJson(MassKind kind) => new()
    {
        [DoneKey(kind)] = Done,
        ["refused"] = Refused,
        ["refusals"] = new JsonArray([.. Refusals.Select(r => (JsonNode)r.ToJson())]),
    };
}
