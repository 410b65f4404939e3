using System.Net;
using System.Text;

namespace Comptoir.Web.Features.Docs;

/// <summary>
/// Administrators' labels go into the OpenAPI descriptions, which the /docs page renders as
/// Markdown: encode HTML and escape Markdown punctuation so a label is only ever text there.
/// </summary>
public static class DocText
{
    private const string MarkdownPunctuation = "\\`*_{}[]()#+-.!|~>";

    public static string Safe(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var encoded = WebUtility.HtmlEncode(text.ReplaceLineEndings(" "));
        var sb = new StringBuilder(encoded.Length + 8);
        foreach (var c in encoded)
        {
            if (MarkdownPunctuation.Contains(c, StringComparison.Ordinal)) sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }
}
