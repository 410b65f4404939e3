namespace Comptoir.Core.Records.Filtering;

/// <summary>What an operator takes after « = » in the URL: nothing, one value, two (a..b) or a list (a,b).</summary>
public enum OperandShape { None, One, Range, List }

/// <summary>
/// One operator of a list's filter (« contient », « entre »…). Its name is the URL's (cond.&lt;field&gt;.&lt;name&gt;=…):
/// short and stable, a contract like the field keys. Which operators a field offers is its type's to say
/// (<see cref="FieldType.FilterOperators"/>).
/// </summary>
public sealed record FilterOperator(string Name, LocalizedText Label, OperandShape Operand)
{
    public static readonly FilterOperator Contains = new("contains", new("contient", "contains"), OperandShape.One);
    public static readonly FilterOperator Starts = new("starts", new("commence par", "starts with"), OperandShape.One);
    public static readonly FilterOperator Is = new("eq", new("est", "is"), OperandShape.One);
    public static readonly FilterOperator Equal = new("eq", new("=", "="), OperandShape.One);
    public static readonly FilterOperator Less = new("lt", new("<", "<"), OperandShape.One);
    public static readonly FilterOperator Greater = new("gt", new(">", ">"), OperandShape.One);
    public static readonly FilterOperator Between = new("between", new("entre", "between"), OperandShape.Range);
    public static readonly FilterOperator Empty = new("empty", new("est vide", "is empty"), OperandShape.None);
    public static readonly FilterOperator ThisMonth = new("this-month", new("ce mois-ci", "this month"), OperandShape.None);
    public static readonly FilterOperator Last30Days = new("last-30-days", new("les 30 derniers jours", "the last 30 days"), OperandShape.None);
    public static readonly FilterOperator In = new("in", new("est l'un de", "is one of"), OperandShape.List);
    public static readonly FilterOperator Me = new("me", new("moi", "me"), OperandShape.None);
    public static readonly FilterOperator MyTeams = new("my-teams", new("mes équipes", "my teams"), OperandShape.None);

    /// <summary>Text-like types: contient, commence par, est, est vide.</summary>
    public static readonly IReadOnlyList<FilterOperator> ForText = [Contains, Starts, Is, Empty];
    /// <summary>Numbers and amounts: =, &lt;, &gt;, entre, est vide.</summary>
    public static readonly IReadOnlyList<FilterOperator> ForNumber = [Equal, Less, Greater, Between, Empty];
    /// <summary>Dates: the number operators, « ce mois-ci » and « les 30 derniers jours ».</summary>
    public static readonly IReadOnlyList<FilterOperator> ForDate = [Equal, Less, Greater, Between, Empty, ThisMonth, Last30Days];
    /// <summary>A list of values: est l'un de, est vide.</summary>
    public static readonly IReadOnlyList<FilterOperator> ForChoice = [In, Empty];

    /// <summary>The separator of a range's two ends (between=10..20).</summary>
    public const string RangeSeparator = "..";

    /// <summary>Whether a value after « = » is needed.</summary>
    public bool TakesOperand => Operand != OperandShape.None;

    /// <summary>Whether the operator names a moment relative to today (resolved when the condition is read).</summary>
    public bool IsPeriod => Name is "this-month" or "last-30-days";
}
