/** @module The referral step's English strings. */
import type { ReferralText } from './types';

export const en: ReferralText = {
  back: 'Back to your result',
  postcode: {
    title: 'Request a scan',
    lead: "Enter your business's postcode, and we'll find the network in your region that can help.",
    hint: 'For example 3511 or 3511 AB. Only the digits are sent.',
    find: 'Find my network',
    searching: 'Finding your network…',
    failed: 'The network could not be found just now.',
    retry: 'Try again',
  },
  network: {
    fallback:
      "We don't know of a regional network for your postcode yet, so {network}, the national contact point, will help you.",
    students: {
      yes: 'At this network, students carry out the scan.',
      unknown: 'The network will tell you whether students carry out the scan.',
    },
    contribution: 'Own contribution: {amount}',
    website: '{network} website (opens in a new tab)',
    nextTitle: 'What happens next',
    next: [
      '{network} contacts you and agrees a date with you.',
      'Beforehand, you put in writing together how the scan works, including confidentiality and your data.',
      'On the day, someone visits (often students), talks to whoever handles IT at your business and checks your systems.',
      'You get a report with advice to act on yourself or with your IT supplier.',
      'Networks usually ask a small own contribution.',
    ],
    otherPostcode: 'Different postcode',
  },
  form: {
    title: 'Your request to {network}',
    labels: {
      postcode: "Your business's postcode",
      companyName: 'Business name',
      contactName: 'Your name',
      email: 'Email address',
      phone: 'Phone number',
      sector: 'Sector',
      size: 'Number of people, including you',
      message: 'Message to the network',
    },
    optional: '(optional)',
    notGiven: 'Not given',
    shareLegend: 'Your answers',
    share: 'Share my answers with {network}',
    shareHint: 'This helps the network prepare the scan. Your score is always sent; your individual answers only if you tick this.',
    privacy:
      'Your details go to {network}, only so they can contact you about a scan. They are kept until your request is dealt with and deleted no later than 90 days after that, and never kept longer than 12 months after your request.',
    trap: 'Leave this field empty',
    submit: 'Send request',
    sending: 'Sending your request…',
  },
  problems: {
    postcode: { missing: 'Enter the postcode.', invalid: 'Enter a Dutch postcode, such as 3511 or 3511 AB.' },
    companyName: { missing: "Enter your business's name.", invalid: 'Use at most {max} characters, on one line.' },
    contactName: { missing: 'Enter your name.', invalid: 'Use at most {max} characters, on one line.' },
    email: { missing: 'Enter your email address.', invalid: 'Enter a valid email address, such as name@business.nl.' },
    phone: { invalid: 'Enter a phone number, such as 06 12345678 or +31 20 123 4567.' },
    sector: { invalid: 'Choose a sector from the list.' },
    size: { invalid: 'Choose a number from the list.' },
    message: { invalid: 'Your message can be at most {max} characters long.' },
  },
  failure: {
    failed: 'Your request was not sent. Everything you filled in is still here: please try again.',
    busy: 'Many requests are coming in right now. Please try again in {seconds} seconds.',
    retry: 'Send again',
    waiting: 'The security check is not ready yet. Wait a moment, then send your request again.',
    refused: 'Your request cannot be sent from this page.',
    blocked:
      'The security check could not load. An ad blocker or the security settings of this website stop it, so your request cannot be sent here.',
    botFailed: 'The security check did not succeed, so your request cannot be sent here.',
    unavailable: 'Your request cannot be sent from this page, because the security check is not available here.',
    contact: 'Contact {network} yourself:',
    contactLink: 'website of {network} (opens in a new tab)',
    contactByName: 'Contact {network} ({area}) yourself: look the network up by name.',
  },
  sent: {
    title: 'Your request has been sent',
    reference: 'Your reference:',
    next: '{network} will contact you within a few working days. Keep your reference and quote it when you are in touch.',
    withdraw:
      'Want to withdraw your request? Go to {link} and enter the email address of your request. We then erase your details at once, and {network} sees that you withdrew the request.',
    withdrawLink: 'the page to withdraw your request (opens in a new tab)',
  },
};
