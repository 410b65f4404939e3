namespace Comptoir.Web.Features.Settings;

public static class SettingsApi
{
    public static void Map(RouteGroupBuilder group)
    {
    }
}
