using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Comptoir.Data;

/// <summary>
/// A query every request runs, compiled once (EF.CompileAsyncQuery): no expression tree to build and look
/// up each time. EF refuses a compiled query on another model than the one it first ran on, and one process
/// may hold several (the tests run SQLite and PostgreSQL side by side): one compiled copy per model.
/// </summary>
public sealed class CompiledPerModel<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _byModel = new();

    public TQuery For(DbContext db) => _byModel.GetValue(db.Model, _ => compile());
}
