namespace Comptoir.Web.Features.Imports;

public sealed class ImportsText : FeatureText<ImportsText>;
