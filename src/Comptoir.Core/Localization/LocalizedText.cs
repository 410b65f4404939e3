namespace Comptoir.Core.Localization;

/// <summary>A user-visible text in French (the default) and English.</summary>
public sealed record LocalizedText(string Fr, string En)
{
    public string Get(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" && !string.IsNullOrEmpty(En) ? En : Fr;

    /// <summary>In the current UI culture, which request localization sets per request.</summary>
    public override string ToString() => Get(CultureInfo.CurrentUICulture);

    /// <summary>In the current UI culture, its {0}, {1}… replaced by <paramref name="args"/>.</summary>
    public string Format(params object?[] args) => string.Format(CultureInfo.CurrentUICulture, ToString(), args);
}
