namespace Comptoir.Web.Features.Settings.Layouts;

/// <summary>One entry of a module's layout history as the API shows it.</summary>
public sealed record LayoutChangeJson(long Id, DateTime At, string User, string Action, string Target, string Subject,
    IReadOnlyList<Core.Metadata.Layout.ChangeDetail> Details)
{
    public static LayoutChangeJson From(LayoutChangeRecord c) => new(
        c.Id, DateTime.SpecifyKind(c.At, DateTimeKind.Utc), c.UserName, c.Action, c.Target,
        new LocalizedText(c.SubjectFr, c.SubjectEn).ToString(), LayoutStore.DetailsOf(c));
}
