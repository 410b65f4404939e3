namespace Comptoir.Core.Records.Filtering;

/// <summary>
/// One condition of a list's filter, parsed and checked: a field, an operator its type offers and the
/// operand as that type's values (a range's two ends, a list's items; a period resolved to its first and
/// last value). <see cref="Parameter"/> and <see cref="Text"/> are what the URL said, to write it back.
/// </summary>
public sealed record Condition(string Parameter, FieldDefinition Field, FilterOperator Operator, IReadOnlyList<object> Operands, string Text);
