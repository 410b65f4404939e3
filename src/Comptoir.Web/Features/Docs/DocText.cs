using System.Text;

namespace Comptoir.Web.Features.Docs;

/// <summary>
/// Administrators' labels go into the OpenAPI descriptions, which the /docs page renders as
/// Markdown: encode HTML and escape Markdown punctuation so a label is only ever text there.
/// Only the characters that open markup are encoded: an entity for « é » or « ' » would have its
/// « # » escaped below and show as written (« N&amp;#176; de compte »).
/// </summary>
public static class DocText
{
    private const string MarkdownPunctuation = "\\`*_{}[]()#+-.!|~>";

    public static string Safe(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var encoded = text.ReplaceLineEndings(" ")
            .Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
        var sb = new StringBuilder(encoded.Length + 8);
        foreach (var c in encoded)
        {
            if (MarkdownPunctuation.Contains(c, StringComparison.Ordinal)) sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }
}
