namespace Comptoir.Web.Features.Auth;

public static class TokensApi
{
    public static void Map(RouteGroupBuilder group)
    {
    }
}
