namespace Comptoir.Web.Features.Home;

public sealed class IndexModel(CurrentUser current) : PageModel
{
    public string DisplayName { get; private set; } = "";

    public async Task OnGetAsync() => DisplayName = (await current.RequireAsync(HttpContext.RequestAborted)).DisplayName;
}
