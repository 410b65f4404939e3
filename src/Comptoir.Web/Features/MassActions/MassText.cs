namespace Comptoir.Web.Features.MassActions;

public sealed class MassText : FeatureText<MassText>;
