namespace Comptoir.Web.Features.Users;

public static class UsersApi
{
    public static void Map(RouteGroupBuilder group)
    {
    }
}
