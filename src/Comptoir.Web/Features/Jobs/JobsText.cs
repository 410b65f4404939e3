namespace Comptoir.Web.Features.Jobs;

public sealed class JobsText : FeatureText<JobsText>;
