namespace Comptoir.Web.Features.Export;

public sealed class ExportText : FeatureText<ExportText>;
