namespace Comptoir.Data.Records;

/// <summary>Puts another expression where a lambda's parameter was: to apply a rule written for an interface to an entity type, or to OR two lambdas.</summary>
internal sealed class ParameterRebinder(ParameterExpression from, Expression to) : ExpressionVisitor
{
    protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;

    /// <summary>The body of <paramref name="lambda"/> with its one parameter replaced by <paramref name="to"/>.</summary>
    public static Expression Body(LambdaExpression lambda, Expression to) => new ParameterRebinder(lambda.Parameters[0], to).Visit(lambda.Body);
}
