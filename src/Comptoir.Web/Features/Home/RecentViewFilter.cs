using Comptoir.Data.Home;
using Comptoir.Web.Features.Records;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Comptoir.Web.Features.Home;

/// <summary>
/// « Récemment consultés »: a record's page (any of its tabs, for every module) shown to a user counts as a view.
/// A filter rather than a line in each page, so the record pages stay as they are.
/// </summary>
public sealed class RecentViewFilter(RecentViewStore views, CurrentUser current) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is not null || !HttpMethods.IsGet(context.HttpContext.Request.Method)
            || executed.Result is not PageResult || executed.HandlerInstance is not RecordTabPage { View: { } view }) return;
        var ct = context.HttpContext.RequestAborted;
        if (await current.GetAsync(ct) is { } user) await views.RecordAsync(user, view.Module.Name, view.Record.Id, ct);
    }
}
