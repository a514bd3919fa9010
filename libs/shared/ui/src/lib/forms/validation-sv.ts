/**
 * Form error messages in Swedish. They travel with the field-error pipe, which merges them when a form
 * first shows one, so they stay out of the start-up bundle (no form is on the start-up path). English:
 * in shared-en.ts, loaded whole when someone switches language.
 */
export const validationSv = {
  validation: {
    required: 'Fältet måste fyllas i.',
    email: 'Ange en giltig e-postadress, till exempel namn@kommun.se.',
    minLength: 'Ange minst {{min}} tecken.',
    maxLength: 'Ange högst {{max}} tecken.',
    min: 'Ange minst {{min}}.',
    max: 'Ange högst {{max}}.',
    invalid: 'Värdet är inte giltigt.',
    server: {
      taken: 'Värdet används redan.',
      invalid: 'Värdet är inte giltigt.',
      required: 'Fältet måste fyllas i.',
      isNotEmpty: 'Fältet måste fyllas i.',
      isEmail: 'Ange en giltig e-postadress.',
      minLength: 'Värdet är för kort.',
      maxLength: 'Värdet är för långt.',
      isIn: 'Välj ett av alternativen.',
      isEnum: 'Välj ett av alternativen.',
      notFound: 'Det valda finns inte längre.',
      wrong: 'Värdet stämmer inte.',
      min: 'Värdet är för litet.',
      max: 'Värdet är för stort.',
      isInt: 'Ange ett heltal.',
      arrayMinSize: 'Välj minst ett alternativ.',
      unknown: 'Det valda finns inte.',
      alreadyRegistered: 'Den här e-postadressen är redan anmäld. Använd länken i bekräftelsemejlet för att se eller ändra anmälan.',
      beforeStart: 'Slutet måste komma efter början.',
      beforeOpen: 'Anmälan måste stänga efter att den öppnar.',
      afterEnd: 'Anmälan måste stänga innan konferensen slutar.',
      belowConfirmed: 'Fler deltagare än så har redan en plats.',
      outOfRange: 'Positionen finns inte på reservlistan.',
      singleLine: 'Får inte innehålla radbrytningar, tabbar eller andra styrtecken.',
      multiLine: 'Får inte innehålla andra styrtecken än radbrytning och tabb.',
      isDateTime: 'Ange en giltig tid.',
      isCalendarDate: 'Ange ett giltigt datum (ÅÅÅÅ-MM-DD).',
    },
  },
};
