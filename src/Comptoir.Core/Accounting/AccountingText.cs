using System.Globalization;
using System.Resources;

namespace Comptoir.Core.Accounting;

/// <summary>Texts of the accounting domain (ledger code rule, codes); AccountingText.en.resx translates.</summary>
public sealed class AccountingText
{
    private static readonly ResourceManager Resources = new(typeof(AccountingText));

    public static string T(string french) => Resources.GetString(french, CultureInfo.CurrentUICulture) ?? french;

    public static string T(string french, params object?[] args) =>
        string.Format(CultureInfo.CurrentUICulture, T(french), args);
}
