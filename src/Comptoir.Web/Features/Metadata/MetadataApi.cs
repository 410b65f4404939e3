namespace Comptoir.Web.Features.Metadata;

public static class MetadataApi
{
    public static void Map(RouteGroupBuilder group)
    {
    }
}
