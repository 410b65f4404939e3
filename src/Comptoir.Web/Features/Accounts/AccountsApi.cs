namespace Comptoir.Web.Features.Accounts;

public static class AccountsApi
{
    public static void Map(RouteGroupBuilder group)
    {
    }
}
