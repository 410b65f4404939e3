using Comptoir.Core.Localization;

namespace Comptoir.Data.Users;

/// <summary>Messages of the users and their passwords directory (validation, refusals); UserDirectoryText.en.resx translates.</summary>
public sealed class UserDirectoryText : FeatureText<UserDirectoryText>;
