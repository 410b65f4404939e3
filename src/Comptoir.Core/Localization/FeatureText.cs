using System.Diagnostics.CodeAnalysis;
using System.Resources;

namespace Comptoir.Core.Localization;

/// <summary>
/// The one way Comptoir translates: a feature's texts live in its own resx, the French sentence is the key
/// (French needs no lookup) and the feature's <c>XText.en.resx</c> holds the English. A feature declares
/// <c>public sealed class XText : FeatureText&lt;XText&gt;;</c> beside its resx; views and pages read it
/// through <c>IStringLocalizer&lt;XText&gt;</c> (the same resx), code without a localizer at hand calls
/// <c>XText.T</c> with the French sentence. Both follow the request's UI culture.
/// </summary>
[SuppressMessage("Design", "CA1000", Justification = "Called through the feature's own class (XText.T), never spelled FeatureText<X>.T.")]
public abstract class FeatureText<TSelf> where TSelf : FeatureText<TSelf>
{
    private static readonly ResourceManager Resources = new(typeof(TSelf));

    public static string T(string french) => Resources.GetString(french, CultureInfo.CurrentUICulture) ?? french;

    public static string T(string french, params object?[] args) =>
        string.Format(CultureInfo.CurrentUICulture, T(french), args);
}
