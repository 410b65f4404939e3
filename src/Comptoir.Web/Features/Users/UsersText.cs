namespace Comptoir.Web.Features.Users;

/// <summary>Texts of the users feature (pages inject IStringLocalizer&lt;UsersText&gt;); UsersText.en.resx translates.</summary>
public sealed class UsersText : FeatureText<UsersText>;
