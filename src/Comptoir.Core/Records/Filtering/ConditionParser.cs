namespace Comptoir.Core.Records.Filtering;

/// <summary>
/// Reads one condition (field, operator name, text after « = ») against the field's type: the operator must be
/// one the type offers, the operand what the type parses. Every refusal is a sentence for the user.
/// </summary>
public static class ConditionParser
{
    public static (Condition? Condition, string? Error) Parse(string parameter, FieldDefinition field, string operatorName, string text, DateTime nowUtc)
    {
        var offered = field.Type.FilterOperators;
        var op = offered.FirstOrDefault(o => string.Equals(o.Name, operatorName, StringComparison.Ordinal));
        if (op is null)
            return (null, offered.Count == 0
                ? Texts.T("On ne peut pas filtrer sur « {0} ».", field.Label)
                : Texts.T("Opérateur « {0} » impossible pour « {1} » : choisissez l'un de ceux-ci : {2}.", operatorName, field.Label,
                    string.Join(", ", offered.Select(o => o.Name).Distinct())));
        text = text.Trim();
        if (op.IsPeriod)
            return field.Type.Period(op, nowUtc) is var (from, to) ? (new Condition(parameter, field, op, [from, to], text), null)
                : (null, Texts.T("On ne peut pas filtrer sur « {0} ».", field.Label));
        if (!op.TakesOperand) return (new Condition(parameter, field, op, [], text), null);
        if (text.Length == 0) return (null, Texts.T("Saisissez une valeur pour filtrer sur « {0} ».", field.Label));

        var parts = op.Operand switch
        {
            OperandShape.Range => text.Split(FilterOperator.RangeSeparator, StringSplitOptions.TrimEntries),
            OperandShape.List => text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            _ => [text],
        };
        if (op.Operand == OperandShape.Range && (parts.Length != 2 || parts.Any(p => p.Length == 0)))
            return (null, Texts.T("Écrivez les deux bornes séparées par « .. » (exemple : 10..20)."));
        if (parts.Length == 0) return (null, Texts.T("Saisissez une valeur pour filtrer sur « {0} ».", field.Label));

        var operands = new List<object>(parts.Length);
        foreach (var part in parts)
        {
            var parsed = field.Type.ParseOperand(field, op, part);
            if (!parsed.IsValid) return (null, parsed.Error);
            if (parsed.Value is null) return (null, Texts.T("Valeur invalide."));
            operands.Add(parsed.Value);
        }
        return (new Condition(parameter, field, op, operands, text), null);
    }
}
