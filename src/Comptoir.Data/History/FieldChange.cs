using System.Text.Json.Nodes;

namespace Comptoir.Data.History;

/// <summary>One field's change in a history entry, values as stored (codes, ids, ISO dates), in the field type's JSON.</summary>
public sealed record FieldChange(string Field, JsonNode? Old, JsonNode? New);
