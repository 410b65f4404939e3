namespace Comptoir.Web.Features.Api;

/// <summary>Optimistic concurrency over HTTP: the record's version is its ETag, If-Match names the version a client read.</summary>
public static class ETags
{
    public static string Of(int version) => "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";

    /// <summary>The version If-Match names: null when absent or "*"; -1, which matches nothing, when unreadable.</summary>
    public static int? ExpectedVersion(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0 || header == "*") return null;
        // Weak and strong validators name the same version here: the record has one representation.
        if (header.StartsWith("W/", StringComparison.Ordinal)) header = header[2..];
        return header.Length > 2 && header[0] == '"' && header[^1] == '"'
               && int.TryParse(header[1..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : -1;
    }
}
