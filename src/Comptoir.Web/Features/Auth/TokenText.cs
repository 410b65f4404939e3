namespace Comptoir.Web.Features.Auth;

/// <summary>Texts about API tokens: their scopes and lifetime, in the API, « Mon profil » and « Paramètres › Jetons d'API »; TokenText.en.resx translates.</summary>
public sealed class TokenText : FeatureText<TokenText>;
