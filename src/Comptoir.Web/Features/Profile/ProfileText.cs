namespace Comptoir.Web.Features.Profile;

/// <summary>Texts of the profile page (injected as IStringLocalizer&lt;ProfileText&gt;); ProfileText.en.resx translates.</summary>
public sealed class ProfileText : FeatureText<ProfileText>;
