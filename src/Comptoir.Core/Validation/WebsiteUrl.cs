namespace Comptoir.Core.Validation;

/// <summary>Company website as typed by users ("exemple.fr", "www.exemple.fr/page", "https://…").</summary>
public static class WebsiteUrl
{
    /// <summary>
    /// Returns an absolute http(s) URL, adding "https://" when no scheme is given; the bare-host form has no
    /// trailing slash ("https://exemple.fr"). Other schemes are refused because the value is rendered as a link
    /// (javascript:, data: …), as are credentials in the URL (a phishing trick), spaces and hosts that are not
    /// public domain names (no dot, IP addresses, bad labels).
    /// </summary>
    public static bool TryNormalize(string input, out string normalized)
    {
        normalized = string.Empty;
        if (input is null)
        {
            return false;
        }

        var s = input.Trim();
        if (s.Length == 0 || s.Any(char.IsWhiteSpace))
        {
            return false;
        }

        var schemeEnd = s.IndexOf("://", StringComparison.Ordinal);
        string candidate;
        if (schemeEnd >= 0)
        {
            var scheme = s[..schemeEnd];
            if (!scheme.Equals("http", StringComparison.OrdinalIgnoreCase) && !scheme.Equals("https", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            candidate = s;
        }
        else
        {
            if (HasSchemeWithoutSlashes(s))
            {
                return false; // "javascript:alert(1)", "mailto:…" would otherwise parse as user:password@host
            }

            candidate = "https://" + s;
        }

        if (!Uri.TryCreate(candidate, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || uri.UserInfo.Length > 0
            || uri.HostNameType != UriHostNameType.Dns
            || !DomainName.IsValid(uri.Host))
        {
            return false;
        }

        var result = uri.AbsoluteUri;
        if (uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.Fragment.Length == 0 && result.EndsWith('/'))
        {
            result = result[..^1];
        }

        normalized = result;
        return true;
    }

    // A ':' before any '/', '?' or '#' is a scheme separator unless only digits follow (host:port).
    private static bool HasSchemeWithoutSlashes(string s)
    {
        var authorityEnd = s.AsSpan().IndexOfAny('/', '?', '#');
        var authority = authorityEnd < 0 ? s.AsSpan() : s.AsSpan(0, authorityEnd);
        var colon = authority.IndexOf(':');
        if (colon < 0)
        {
            return false;
        }

        var port = authority[(colon + 1)..];
        return port.IsEmpty || port.ContainsAnyExceptInRange('0', '9');
    }
}
