using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Comptoir.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchTermsByRecord : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SearchTerms_Module_RecordId",
                table: "SearchTerms");

            migrationBuilder.CreateIndex(
                name: "IX_SearchTerms_Module_RecordId_Term",
                table: "SearchTerms",
                columns: new[] { "Module", "RecordId", "Term" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SearchTerms_Module_RecordId_Term",
                table: "SearchTerms");

            migrationBuilder.CreateIndex(
                name: "IX_SearchTerms_Module_RecordId",
                table: "SearchTerms",
                columns: new[] { "Module", "RecordId" });
        }
    }
}
