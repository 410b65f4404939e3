using Comptoir.Core.Pricing;
using Comptoir.Web.Features.PriceLists;

namespace Comptoir.Web.Features.FieldTypes;

/// <summary>
/// Every built-in field type with its Web part, one registration per type (the partials sit in the type's
/// folder). A new type adds its Core class, its StoredAs, its folder here and one pair of lines below.
/// </summary>
internal static class BuiltInFieldTypes
{
    private const string Input = "/Features/FieldTypes/Text/_Input.cshtml";
    private const string MaxLength = "/Features/FieldTypes/Text/_MaxLengthSetting.cshtml";

    public static void Register(IServiceCollection services)
    {
        void Add(FieldType type, FieldTypeView view) => services.AddFieldType(type).AddFieldTypeView(view);
        static FieldTypeView Typed(FieldType type) => new(type.Name) { Editor = Input };

        Add(FieldTypeCatalog.Text, Typed(FieldTypeCatalog.Text) with { SettingEditor = MaxLength });
        Add(FieldTypeCatalog.TextArea, new(FieldTypeCatalog.TextArea.Name)
        {
            Editor = "/Features/FieldTypes/TextArea/_Editor.cshtml", Wide = true, Display = "/Features/FieldTypes/TextArea/_Value.cshtml",
            SettingEditor = MaxLength,
        });
        Add(FieldTypeCatalog.Email, Typed(FieldTypeCatalog.Email) with
        {
            Check = "email", Display = "/Features/FieldTypes/Email/_Value.cshtml",
            Warning = () => SharedText.T("Cette adresse email semble incorrecte (exemple : nom@societe.fr)."),
        });
        Add(FieldTypeCatalog.Url, Typed(FieldTypeCatalog.Url) with
        {
            Check = "url", Display = "/Features/FieldTypes/Url/_Value.cshtml",
            Warning = () => SharedText.T("Cette adresse web semble incorrecte (exemple : https://www.societe.fr)."),
        });
        Add(FieldTypeCatalog.Phone, Typed(FieldTypeCatalog.Phone) with { Display = "/Features/FieldTypes/Phone/_Value.cshtml" });
        Add(FieldTypeCatalog.Siret, Typed(FieldTypeCatalog.Siret));
        Add(FieldTypeCatalog.Integer, Typed(FieldTypeCatalog.Integer) with { InputMode = "numeric", Autocomplete = "off" });
        Add(FieldTypeCatalog.Decimal, Typed(FieldTypeCatalog.Decimal) with
        {
            InputMode = "decimal", Autocomplete = "off", SettingEditor = "/Features/FieldTypes/Decimal/_DecimalsSetting.cshtml",
        });
        Add(FieldTypeCatalog.Currency, Typed(FieldTypeCatalog.Currency) with { InputMode = "decimal", Autocomplete = "off", Unit = "€" });
        Add(FieldTypeCatalog.Percent, Typed(FieldTypeCatalog.Percent) with { InputMode = "decimal", Autocomplete = "off", Unit = "%" });
        Add(FieldTypeCatalog.Date, Typed(FieldTypeCatalog.Date));
        Add(FieldTypeCatalog.DateAndTime, Typed(FieldTypeCatalog.DateAndTime));
        Add(FieldTypeCatalog.Time, Typed(FieldTypeCatalog.Time));
        Add(FieldTypeCatalog.Checkbox, new(FieldTypeCatalog.Checkbox.Name)
        {
            Editor = "/Features/FieldTypes/Checkbox/_Editor.cshtml", LabelsItself = _ => true,
            DefaultValueEditor = "/Features/FieldTypes/Checkbox/_DefaultValue.cshtml", ListFilter = "/Features/FieldTypes/Checkbox/_ListFilter.cshtml",
        });
        Add(FieldTypeCatalog.Picklist, new(FieldTypeCatalog.Picklist.Name)
        {
            Editor = "/Features/FieldTypes/Picklist/_Editor.cshtml", DefaultValueEditor = "/Features/FieldTypes/Picklist/_DefaultValue.cshtml",
            ListFilter = "/Features/FieldTypes/Picklist/_ListFilter.cshtml",
        });
        // Read-only, a multiple choice shows as text under its label like any other field.
        Add(FieldTypeCatalog.MultiPicklist, new(FieldTypeCatalog.MultiPicklist.Name)
        {
            Editor = "/Features/FieldTypes/MultiPicklist/_Editor.cshtml", LabelsItself = field => !field.ReadOnly,
            ListFilter = "/Features/FieldTypes/Picklist/_ListFilter.cshtml",
        });
        Add(FieldTypeCatalog.Reference, new(FieldTypeCatalog.Reference.Name)
        {
            Editor = "/Features/FieldTypes/Reference/_Editor.cshtml", LabelTarget = "-search",
            Display = "/Features/FieldTypes/Reference/_Value.cshtml",
            ImportText = Reference.ReferenceImport.TextAsync,
        });
        Add(FieldTypeCatalog.Owner, new(FieldTypeCatalog.Owner.Name)
        {
            Editor = "/Features/FieldTypes/Owner/_Editor.cshtml", Schema = OwnerSchema.Of,
            ListFilter = "/Features/FieldTypes/Owner/_ListFilter.cshtml",
            ImportText = (field, cell, lookups, _, ct) => Owner.OwnerImport.TextAsync(field, cell, lookups, ct),
        });
        Add(PriceLinesFieldType.Instance, new(PriceLinesFieldType.Instance.Name)
        {
            Editor = "/Features/PriceLists/_PriceLinesEditor.cshtml",
            Display = "/Features/PriceLists/_PriceLinesValue.cshtml", DisplaysEmpty = true, Schema = PriceLinesSchema.Of,
            Scripts = ["~/js/price-lines.js"],
        });
    }
}
