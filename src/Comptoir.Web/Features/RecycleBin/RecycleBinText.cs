namespace Comptoir.Web.Features.RecycleBin;

/// <summary>Texts of the recycle bin (« Corbeille ») and of deleting with a choice; French is the key, English in RecycleBinText.en.resx.</summary>
public sealed class RecycleBinText : FeatureText<RecycleBinText>;
