using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Comptoir.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LedgerAccountsRecycleBin : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAt",
                table: "LedgerAccounts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DeletedById",
                table: "LedgerAccounts",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DeletedAt",
                table: "LedgerAccounts");

            migrationBuilder.DropColumn(
                name: "DeletedById",
                table: "LedgerAccounts");
        }
    }
}
