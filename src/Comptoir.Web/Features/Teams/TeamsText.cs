namespace Comptoir.Web.Features.Teams;

/// <summary>Texts of the teams feature (pages inject IStringLocalizer&lt;TeamsText&gt;); TeamsText.en.resx translates.</summary>
public sealed class TeamsText : FeatureText<TeamsText>;
