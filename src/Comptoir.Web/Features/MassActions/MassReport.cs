namespace Comptoir.Web.Features.MassActions;

/// <summary>What a mass action did: « N modifiés, M refusés » and each refusal's reason.</summary>
public sealed class MassReport
{
    public int Done { get; set; }
    public int Refused { get; set; }
    public List<MassRefusal> Refusals { get; } = [];

    /// <summary>The count's name in the API: « updated » or « deleted ».</summary>
    public static string DoneKey(MassKind kind) => kind == MassKind.Update ? "updated" : "deleted";

    /// <summary>« 12 modifiés, 2 refusés » or « 12 supprimés, 2 refusés »: the report's first line, on the page and the job's.</summary>
    public static string Sentence(MassKind kind, int done, int refused) => kind == MassKind.Update
        ? MassText.T("{0} modifiés, {1} refusés", done, refused)
        : MassText.T("{0} supprimés, {1} refusés", done, refused);

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
