using System.Text;

namespace Comptoir.Core.Records;

/// <summary>
/// Folds a name for search and sorting: lower case, accents removed (« Société » → « societe »),
/// so that both databases order and prefix-match the same way with a plain index.
/// </summary>
public static class SearchKey
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            switch (c)
            {
                case 'œ' or 'Œ': sb.Append("oe"); break;
                case 'æ' or 'Æ': sb.Append("ae"); break;
                case 'ß': sb.Append("ss"); break;
                default: sb.Append(char.ToLowerInvariant(c)); break;
            }
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}
